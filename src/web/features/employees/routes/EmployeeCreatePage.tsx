import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { EmployeeForm } from '../components/EmployeeForm';

/** HR adds one employee (bulk additions go through Impor). */
export function EmployeeCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('employees.createTitle')} description={t('employees.createDescription')} />
      <EmployeeForm
        employee={null}
        onSaved={(e) => void navigate(`/employees/${e.id}`, { replace: true })}
        onCancel={() => void navigate('/employees')}
      />
    </>
  );
}

export default EmployeeCreatePage;
