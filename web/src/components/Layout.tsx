import { AppShell, Burger, Button, Group, NavLink, Notification, Select, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { type Session, api, setCsrfToken } from '../api/client.ts';
import { LANGUAGES, type Language, switchLanguage } from '../i18n/index.ts';
import { clearDrafts } from '../hooks/useFormGuard.ts';

const NAV = [
  { to: '/', key: 'nav.home' },
  { to: '/members', key: 'nav.members' },
  { to: '/framework', key: 'nav.framework' },
  { to: '/contributions', key: 'nav.contributions' },
  { to: '/needs', key: 'nav.needs' },
  { to: '/coverage', key: 'nav.coverage' },
  { to: '/indicators', key: 'nav.indicators' },
  { to: '/documents', key: 'nav.documents' },
  { to: '/funds', key: 'nav.funds' },
  { to: '/meetings', key: 'nav.meetings' },
  { to: '/action-items', key: 'nav.actionItems' },
] as const;

// The secretariat's console, each page shown to whom the session's ability names allows it.
const ADMIN_NAV = [
  { to: '/admin/users', key: 'nav.users', ability: 'manageUsers' },
  { to: '/admin/organisations', key: 'nav.organisations', ability: 'manageMembers' },
  { to: '/admin/groups', key: 'nav.groups', ability: 'manageFramework' },
  { to: '/admin/framework', key: 'nav.frameworkTree', ability: 'manageFramework' },
  { to: '/admin/exchange-rates', key: 'nav.exchangeRates', ability: 'manageExchangeRates' },
  { to: '/admin/places', key: 'nav.places', ability: 'loadGazetteer' },
  { to: '/admin/audit', key: 'nav.audit', ability: 'readAudit' },
] as const;

/**
 * Every page's tab and history entry carry the page's own name ("Contributions — Entente"):
 * the title follows the first heading of the main region, which each page already shows in
 * the reader's language, so no page can forget it. Until that heading is there (loading), the
 * section's name stands in.
 */
function usePageTitle(section: string | undefined, appName: string) {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1, h2')?.textContent?.trim();
      const name = heading || section;
      const title = name ? `${name} — ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [section, appName]);
}

/**
 * A new page (another path, not a filter of the same one) moves focus to the main region, as a
 * full page load would put a screen reader at its top; the menu open at phone width closes.
 * The first page keeps the browser's own focus.
 */
function usePageChangeFocus(pathname: string, closeMenu: () => void) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of path only
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    closeMenu();
    document.getElementById('main')?.focus();
  }, [pathname]);
}

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  /** The language whose words did not arrive when last picked: said until a language is picked again. */
  const [failed, setFailed] = useState<Language | null>(null);
  /** The language picked last: a failure that arrives after a later pick is not said. */
  const picked = useRef<Language | null>(null);
  const list = useRef<HTMLInputElement>(null);
  return (
    <>
      <Select
        ref={list}
        aria-label={t('app.language')}
        data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
        value={i18n.language}
        // On every pick, not only a change of the value shown: while French is still loading the
        // list shows English, and picking English again must win over it (switchLanguage).
        onOptionSubmit={(value) => {
          const lang = value as Language;
          picked.current = lang;
          setFailed(null);
          // Should the language's words not arrive, the page and this list stay in the current
          // language, and the reader is told, in it, to pick again.
          switchLanguage(lang).catch(() => {
            if (picked.current === lang) setFailed(lang);
          });
        }}
        allowDeselect={false}
        w={130}
        data-testid="language-select"
      />
      {failed && (
        // Fixed below the header: an error under the list would not fit the header's height.
        <Notification
          color="red"
          withCloseButton
          closeButtonProps={{ 'aria-label': t('app.close') }}
          onClose={() => {
            setFailed(null);
            // The close button goes away: focus back where the reader picks a language.
            list.current?.focus();
          }}
          style={{ position: 'fixed', top: 70, insetInlineEnd: 16, zIndex: 300, maxWidth: 380 }}
          data-testid="language-failed"
        >
          {t('app.languageFailed', { language: LANGUAGES.find((l) => l.code === failed)?.label })}
        </Notification>
      )}
    </>
  );
}

export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const burger = useRef<HTMLButtonElement>(null);
  usePageChangeFocus(location.pathname, close);

  // At phone width the menu covers the page: Escape closes it and gives focus back to its button.
  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      burger.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened, close]);
  const queryClient = useQueryClient();
  // The home is "/", which every path starts with: it is the current page only on itself.
  const isCurrent = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));
  const section = [...NAV, ...ADMIN_NAV].find((item) => isCurrent(item.to));
  usePageTitle(section ? t(section.key) : undefined, t('app.name'));

  const signOut = async () => {
    await api.signOut().catch(() => {});
    setCsrfToken(undefined);
    clearDrafts();
    queryClient.clear();
    queryClient.setQueryData(['session'], null);
  };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger ref={burger} opened={opened} aria-expanded={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <Text size="sm" visibleFrom="md">
              {t('app.signedInAs', { name: session.user.displayName, org: session.user.orgName })}
            </Text>
            <LanguageSelect />
            <Button variant="outline" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {NAV.map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={t(item.key)} active={isCurrent(item.to)} aria-current={isCurrent(item.to) ? 'page' : undefined} />
        ))}
        {/* The secretariat's console: shown to whom the session says may use it (the API checks again). */}
        {ADMIN_NAV.filter((item) => session.abilities[item.ability]).map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={t(item.key)} active={isCurrent(item.to)} aria-current={isCurrent(item.to) ? 'page' : undefined} />
        ))}
        <NavLink component="a" href="/api/docs" label={t('nav.apiDocs')} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
