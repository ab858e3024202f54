import {
  Anchor,
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { UnsavedWarningHost } from '../lib/use-unsaved-warning';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleBadges } from '../components/RoleBadges';
import { PageSkeleton } from '../components/Skeletons';
import { useAuth, useUser } from '../lib/auth';
import { notifyError } from '../lib/notify';
import { useMonitoringAccess } from '../features/monitoring';
import { NotificationBell } from '../features/notifications';
import { MfaGraceBanner } from '../features/profile';
import { useLeaderStatus } from '../features/work-plans';
import { navigationFor, type NavItem } from './navigation';
import { SkipLink } from './SkipLink';

function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}

function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await logout();
    } catch (error) {
      notifyError(error, t);
    }
    void navigate('/login', { replace: true });
  };
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          aria-label={t('header.accountMenu', { username: user.username })}
          px="xs"
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Text size="sm" fw={600} truncate maw={{ base: 96, sm: 200 }}>
            {user.username}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs">
          <Text size="sm" fw={600}>
            {user.username}
          </Text>
          <Box mt={4}>
            <RoleBadges roles={user.roles} />
          </Box>
        </Box>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void signOut()} data-testid="logout">
          {t('actions.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The signed-in frame: header (burger on phones, language, account) and the role's navigation. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const leader = useLeaderStatus();
  const monitoring = useMonitoringAccess(leader.hasSubordinates);
  const items = navigationFor(user.roles, {
    employee: Boolean(user.employeeId),
    assessor: leader.isAssessor,
    leader: leader.hasSubordinates,
    monitoring,
  });

  useEffect(() => {
    close();
  }, [location.pathname, close]);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
                aria-expanded={opened}
                aria-controls="main-navigation"
                data-testid="nav-burger"
              />
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="inherit"
                fw={700}
                fz="lg"
                data-testid="app-name"
              >
                {t('app.name')}
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="xs" id="main-navigation" aria-label={t('nav.label')} component="nav">
          <AppShell.Section grow component={ScrollArea}>
            {items.map((item) => (
              <NavLink
                key={item.key}
                component={Link}
                to={item.to}
                label={t(item.label)}
                rightSection={
                  item.key === 'plan-inbox' && leader.waitingCount > 0 ? (
                    <Badge
                      size="sm"
                      color="blue"
                      variant="filled"
                      circle
                      aria-label={t('nav.waiting', { count: leader.waitingCount })}
                      data-testid="nav-plan-inbox-count"
                    >
                      {leader.waitingCount}
                    </Badge>
                  ) : undefined
                }
                active={isActive(item, location.pathname)}
                aria-current={isActive(item, location.pathname) ? 'page' : undefined}
                data-testid={`nav-${item.key}`}
                py="sm"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            ))}
          </AppShell.Section>
          <AppShell.Section hiddenFrom="sm" pt="xs">
            <Button variant="subtle" fullWidth onClick={close}>
              {t('header.closeMenu')}
            </Button>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
          <Box maw={1200} mx="auto">
            <MfaGraceBanner />
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
            <UnsavedWarningHost />
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
