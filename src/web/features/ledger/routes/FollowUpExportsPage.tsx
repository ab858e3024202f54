import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { CreditPointsExportSection } from '../components/CreditPointsExportSection';
import { ShortfallList } from '../components/ShortfallList';
import { TppExportSection } from '../components/TppExportSection';
import { TppRatesEditor } from '../components/TppRatesEditor';

/**
 * Ekspor TPP & Angka Kredit (hr_admin): the TPP export of a period with who is missing, the credit-point sheet for the
 * PAK, the TPP percentage table, and who is short of learning hours before the year ends.
 */
export function FollowUpExportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tpp.page.title')} description={t('tpp.page.description')} />
      <Stack gap="md">
        <TppExportSection />
        <CreditPointsExportSection />
        <TppRatesEditor />
        <ShortfallList />
      </Stack>
    </>
  );
}

export default FollowUpExportsPage;
