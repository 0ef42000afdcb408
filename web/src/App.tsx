import { Center, Loader } from '@mantine/core';
import { type ComponentType, Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useSession } from './hooks/useSession.ts';
import { Layout } from './components/Layout.tsx';
import { ContributionEditScene } from './scenes/contributions/ContributionEditScene.tsx';
import { ContributionScene } from './scenes/contributions/ContributionScene.tsx';
import { ContributionsScene } from './scenes/contributions/ContributionsScene.tsx';
import { CoverageScene } from './scenes/coverage/CoverageScene.tsx';
import { NeedEditScene } from './scenes/needs/NeedEditScene.tsx';
import { NeedsScene } from './scenes/needs/NeedsScene.tsx';
import { DocumentEditScene } from './scenes/documents/DocumentEditScene.tsx';
import { DocumentScene } from './scenes/documents/DocumentScene.tsx';
import { DocumentsScene } from './scenes/documents/DocumentsScene.tsx';
import { FrameworkScene } from './scenes/framework/FrameworkScene.tsx';
import { ImportScene } from './scenes/imports/ImportScene.tsx';
import { MemberScene } from './scenes/members/MemberScene.tsx';
import { MembersScene } from './scenes/members/MembersScene.tsx';
import { SignInScene } from './scenes/sign-in/SignInScene.tsx';

// The fund's pages (and their charts) load on first visit: the shell does not carry them.
const scene = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
const FundsScene = scene(() => import('./scenes/fund/FundsScene.tsx'), 'FundsScene');
const FundScene = scene(() => import('./scenes/fund/FundScene.tsx'), 'FundScene');
const DonorScene = scene(() => import('./scenes/fund/DonorScene.tsx'), 'DonorScene');
const ProjectScene = scene(() => import('./scenes/fund/ProjectScene.tsx'), 'ProjectScene');
const TransactionScene = scene(() => import('./scenes/fund/TransactionScene.tsx'), 'TransactionScene');
const StatementScene = scene(() => import('./scenes/fund/StatementScene.tsx'), 'StatementScene');

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
          <Route path="/" element={<Navigate to="/members" replace />} />
          <Route path="/members" element={<MembersScene />} />
          <Route path="/members/:id" element={<MemberScene />} />
          <Route path="/framework" element={<FrameworkScene />} />
          <Route path="/contributions" element={<ContributionsScene />} />
          <Route path="/contributions/new" element={<ContributionEditScene />} />
          {/* The import page's address before it served every importable entity (/import/:kind). */}
          <Route path="/contributions/import" element={<Navigate to="/import/contributions" replace />} />
          <Route path="/contributions/:id" element={<ContributionScene />} />
          <Route path="/contributions/:id/edit" element={<ContributionEditScene />} />
          <Route path="/needs" element={<NeedsScene />} />
          <Route path="/needs/new" element={<NeedEditScene />} />
          <Route path="/needs/import" element={<Navigate to="/import/needs" replace />} />
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
          <Route path="*" element={<Navigate to="/members" replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
