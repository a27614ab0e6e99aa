import { createBrowserRouter } from 'react-router';
import { LandingRoute } from '../features/home/routes/landing-route';
import { NotFoundRoute } from '../features/home/routes/not-found-route';
import { AppShell } from './app-shell';
import { RequireAuth } from './require-auth';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';

// The start page ships in the first bundle; the forms and the signed-in pages load when first visited.
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <RouteLoading />,
      children: [
        { index: true, element: <LandingRoute /> },
        {
          path: 'register',
          lazy: async () => ({ Component: (await import('../features/auth/routes/register-route')).RegisterRoute }),
        },
        {
          path: 'login',
          lazy: async () => ({ Component: (await import('../features/auth/routes/login-route')).LoginRoute }),
        },
        {
          path: 'jobs',
          lazy: async () => ({ Component: (await import('../features/jobs/routes/job-search-route')).JobSearchRoute }),
        },
        {
          path: 'jobs/:id',
          lazy: async () => ({ Component: (await import('../features/jobs/routes/job-detail-route')).JobDetailRoute }),
        },
        {
          path: 'insights',
          lazy: async () => ({ Component: (await import('../features/insights/routes/market-insights-route')).MarketInsightsRoute }),
        },
        {
          path: 'visa/rules',
          lazy: async () => ({ Component: (await import('../features/visa/routes/rule-set-route')).RuleSetRoute }),
        },
        {
          path: 'visa/check',
          lazy: async () => ({ Component: (await import('../features/visa/routes/eligibility-check-route')).EligibilityCheckRoute }),
        },
        {
          element: <RequireAuth />,
          children: [
            {
              path: 'profile',
              lazy: async () => ({ Component: (await import('../features/profile/routes/profile-route')).ProfileRoute }),
            },
            {
              path: 'candidates/:id',
              lazy: async () => ({ Component: (await import('../features/profile/routes/candidate-view-route')).CandidateViewRoute }),
            },
            {
              path: 'applications',
              lazy: async () => ({ Component: (await import('../features/applications/routes/my-applications-route')).MyApplicationsRoute }),
            },
            {
              path: 'matches',
              lazy: async () => ({ Component: (await import('../features/matches/routes/recommended-jobs-route')).RecommendedJobsRoute }),
            },
            {
              path: 'pathway',
              lazy: async () => ({ Component: (await import('../features/pathway/routes/pathways-route')).PathwaysRoute }),
            },
            {
              path: 'pathway/:id',
              lazy: async () => ({ Component: (await import('../features/pathway/routes/plan-route')).PlanRoute }),
            },
            {
              path: 'organization',
              lazy: async () => ({ Component: (await import('../features/organization/routes/organization-route')).OrganizationRoute }),
            },
            {
              path: 'postings',
              lazy: async () => ({ Component: (await import('../features/postings/routes/postings-route')).PostingsRoute }),
            },
            {
              path: 'postings/new',
              lazy: async () => ({ Component: (await import('../features/postings/routes/posting-editor-route')).PostingEditorRoute }),
            },
            {
              path: 'postings/:id/edit',
              lazy: async () => ({ Component: (await import('../features/postings/routes/posting-editor-route')).PostingEditorRoute }),
            },
            {
              path: 'postings/:id/applicants',
              lazy: async () => ({ Component: (await import('../features/pipeline/routes/pipeline-route')).PipelineRoute }),
            },
            {
              path: 'postings/:id/matches',
              lazy: async () => ({ Component: (await import('../features/matches/routes/candidate-matches-route')).CandidateMatchesRoute }),
            },
            {
              path: 'caseload',
              lazy: async () => ({ Component: (await import('../features/adviser/routes/caseload-route')).CaseloadRoute }),
            },
            {
              path: 'caseload/plans/:id',
              lazy: async () => ({ Component: (await import('../features/adviser/routes/plan-review-route')).PlanReviewRoute }),
            },
            {
              path: 'admin/organizations',
              lazy: async () => ({ Component: (await import('../features/admin/routes/organizations-review-route')).OrganizationsReviewRoute }),
            },
            {
              path: 'admin/postings',
              lazy: async () => ({ Component: (await import('../features/admin/routes/postings-moderation-route')).PostingsModerationRoute }),
            },
            {
              path: 'home',
              lazy: async () => ({ Component: (await import('../features/home/routes/home-route')).HomeRoute }),
            },
            {
              path: 'settings',
              lazy: async () => ({
                Component: (await import('../features/settings/routes/settings-route')).SettingsRoute,
              }),
            },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
