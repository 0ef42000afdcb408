import { Center, Loader } from '@mantine/core';
import { type ComponentType, Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useSession } from './hooks/useSession.ts';
import { Layout } from './components/Layout.tsx';
import { MembersScene } from './scenes/members/MembersScene.tsx';
import { SignInScene } from './scenes/sign-in/SignInScene.tsx';

// Every page but the first one (the members) loads on first visit: the shell carries the
// layout, the sign-in and the landing page only, so that it stays within its weight budget
// however many pages the modules add.
const scene = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
// On a slow link each chunk fetched after another costs a round trip (ADR 0029). The page
// opened first starts loading with the app, not after the session's answer (and, opened signed
// in, with the page that opens the app, which preloads its code: common/opening-pages.ts). The
// coverage page fetches its chart code and map with its own chunk, not after it has rendered,
// and renders, asking for its data, as soon as its own chunk is here: its charts, the heaviest
// code of the app, are drawn when theirs arrives (the page's lazy charts take these imports;
// a failure is theirs to meet, not an unhandled rejection here).
const loadHome = () => import('./scenes/home/HomeScene.tsx');
if (window.location.pathname === '/') void loadHome();
const loadCoverage = () => {
  for (const charts of [import('./components/HeatmapChart.tsx'), import('./components/map/ContributionMap.tsx')]) charts.catch(() => {});
  return import('./scenes/coverage/CoverageScene.tsx');
};
if (window.location.pathname === '/coverage') void loadCoverage();
const ContributionEditScene = scene(() => import('./scenes/contributions/ContributionEditScene.tsx'), 'ContributionEditScene');
const ContributionScene = scene(() => import('./scenes/contributions/ContributionScene.tsx'), 'ContributionScene');
const ContributionsScene = scene(() => import('./scenes/contributions/ContributionsScene.tsx'), 'ContributionsScene');
const PivotScene = scene(() => import('./scenes/contributions/PivotScene.tsx'), 'PivotScene');
const CoverageScene = scene(loadCoverage, 'CoverageScene');
const NeedEditScene = scene(() => import('./scenes/needs/NeedEditScene.tsx'), 'NeedEditScene');
const NeedScene = scene(() => import('./scenes/needs/NeedScene.tsx'), 'NeedScene');
const UsersScene = scene(() => import('./scenes/admin/UsersScene.tsx'), 'UsersScene');
const OrganisationsScene = scene(() => import('./scenes/admin/OrganisationsScene.tsx'), 'OrganisationsScene');
const AuditScene = scene(() => import('./scenes/admin/AuditScene.tsx'), 'AuditScene');
const GroupsScene = scene(() => import('./scenes/admin/GroupsScene.tsx'), 'GroupsScene');
const FrameworkAdminScene = scene(() => import('./scenes/admin/FrameworkAdminScene.tsx'), 'FrameworkAdminScene');
const ExchangeRatesScene = scene(() => import('./scenes/admin/ExchangeRatesScene.tsx'), 'ExchangeRatesScene');
const PlacesScene = scene(() => import('./scenes/admin/PlacesScene.tsx'), 'PlacesScene');
const HomeScene = scene(loadHome, 'HomeScene');
const NeedsScene = scene(() => import('./scenes/needs/NeedsScene.tsx'), 'NeedsScene');
const DocumentEditScene = scene(() => import('./scenes/documents/DocumentEditScene.tsx'), 'DocumentEditScene');
const DocumentScene = scene(() => import('./scenes/documents/DocumentScene.tsx'), 'DocumentScene');
const DocumentsScene = scene(() => import('./scenes/documents/DocumentsScene.tsx'), 'DocumentsScene');
const FrameworkScene = scene(() => import('./scenes/framework/FrameworkScene.tsx'), 'FrameworkScene');
const ImportScene = scene(() => import('./scenes/imports/ImportScene.tsx'), 'ImportScene');
const MemberScene = scene(() => import('./scenes/members/MemberScene.tsx'), 'MemberScene');
const FundsScene = scene(() => import('./scenes/fund/FundsScene.tsx'), 'FundsScene');
const FundScene = scene(() => import('./scenes/fund/FundScene.tsx'), 'FundScene');
const DonorScene = scene(() => import('./scenes/fund/DonorScene.tsx'), 'DonorScene');
const ProjectScene = scene(() => import('./scenes/fund/ProjectScene.tsx'), 'ProjectScene');
const TransactionScene = scene(() => import('./scenes/fund/TransactionScene.tsx'), 'TransactionScene');
const StatementScene = scene(() => import('./scenes/fund/StatementScene.tsx'), 'StatementScene');
const MeetingsScene = scene(() => import('./scenes/meetings/MeetingsScene.tsx'), 'MeetingsScene');
const MeetingScene = scene(() => import('./scenes/meetings/MeetingScene.tsx'), 'MeetingScene');
const ActionItemsScene = scene(() => import('./scenes/meetings/ActionItemsScene.tsx'), 'ActionItemsScene');
const DecisionRegisterScene = scene(() => import('./scenes/meetings/DecisionRegisterScene.tsx'), 'DecisionRegisterScene');
const ScorecardScene = scene(() => import('./scenes/meetings/ScorecardScene.tsx'), 'ScorecardScene');
const MeetingEditScene = scene(() => import('./scenes/meetings/MeetingEditScene.tsx'), 'MeetingEditScene');
const SeriesEditScene = scene(() => import('./scenes/meetings/SeriesEditScene.tsx'), 'SeriesEditScene');
const SeriesTimelineScene = scene(() => import('./scenes/meetings/SeriesTimelineScene.tsx'), 'SeriesTimelineScene');
const IndicatorsScene = scene(() => import('./scenes/indicators/IndicatorsScene.tsx'), 'IndicatorsScene');
const IndicatorScene = scene(() => import('./scenes/indicators/IndicatorScene.tsx'), 'IndicatorScene');
const EntryScene = scene(() => import('./scenes/indicators/EntryScene.tsx'), 'EntryScene');
const DashboardScene = scene(() => import('./scenes/indicators/DashboardScene.tsx'), 'DashboardScene');

export function App() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending)
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  if (!session.data) return <SignInScene />;
  return (
    <Layout session={session.data}>
      <Suspense
        fallback={
          <Center p="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        }
      >
        <Routes>
          <Route path="/" element={<HomeScene />} />
          <Route path="/members" element={<MembersScene />} />
          <Route path="/members/:id" element={<MemberScene />} />
          <Route path="/framework" element={<FrameworkScene />} />
          <Route path="/contributions" element={<ContributionsScene />} />
          <Route path="/contributions/new" element={<ContributionEditScene />} />
          <Route path="/contributions/pivot" element={<PivotScene />} />
          {/* The import page's address before it served every importable entity (/import/:kind). */}
          <Route path="/contributions/import" element={<Navigate to="/import/contributions" replace />} />
          <Route path="/contributions/:id" element={<ContributionScene />} />
          <Route path="/contributions/:id/edit" element={<ContributionEditScene />} />
          <Route path="/needs" element={<NeedsScene />} />
          <Route path="/needs/new" element={<NeedEditScene />} />
          <Route path="/needs/import" element={<Navigate to="/import/needs" replace />} />
          <Route path="/needs/:id" element={<NeedScene />} />
          <Route path="/admin/users" element={<UsersScene />} />
          <Route path="/admin/organisations" element={<OrganisationsScene />} />
          <Route path="/admin/audit" element={<AuditScene />} />
          <Route path="/admin/groups" element={<GroupsScene />} />
          <Route path="/admin/framework" element={<FrameworkAdminScene />} />
          <Route path="/admin/exchange-rates" element={<ExchangeRatesScene />} />
          <Route path="/admin/places" element={<PlacesScene />} />
          <Route path="/needs/:id/edit" element={<NeedEditScene />} />
          <Route path="/import/:kind" element={<ImportScene />} />
          <Route path="/coverage" element={<CoverageScene />} />
          <Route path="/documents" element={<DocumentsScene />} />
          <Route path="/documents/new" element={<DocumentEditScene />} />
          <Route path="/documents/:id" element={<DocumentScene />} />
          <Route path="/documents/:id/edit" element={<DocumentEditScene />} />
          <Route path="/funds" element={<FundsScene />} />
          <Route path="/funds/:id" element={<FundScene />} />
          <Route path="/funds/:id/transactions/new" element={<TransactionScene />} />
          <Route path="/funds/:id/donors/:donorId" element={<DonorScene />} />
          <Route path="/funds/:id/donors/:donorId/statement" element={<StatementScene />} />
          <Route path="/funds/:id/projects/:projectId" element={<ProjectScene />} />
          <Route path="/meetings" element={<MeetingsScene />} />
          <Route path="/meetings/scorecard" element={<ScorecardScene />} />
          <Route path="/meetings/new" element={<MeetingEditScene />} />
          <Route path="/meetings/:id" element={<MeetingScene />} />
          <Route path="/meetings/:id/edit" element={<MeetingEditScene />} />
          <Route path="/action-items" element={<ActionItemsScene />} />
          <Route path="/meeting-series/new" element={<SeriesEditScene />} />
          <Route path="/meeting-series/:id/edit" element={<SeriesEditScene />} />
          <Route path="/meeting-series/:id/decisions" element={<DecisionRegisterScene />} />
          <Route path="/meeting-series/:id" element={<SeriesTimelineScene />} />
          <Route path="/indicators" element={<IndicatorsScene />} />
          <Route path="/indicators/entry" element={<EntryScene />} />
          <Route path="/indicators/dashboard" element={<DashboardScene />} />
          <Route path="/indicators/:id" element={<IndicatorScene />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
