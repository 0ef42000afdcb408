import '@mantine/core/styles.css';
import './styles.css';
import { type CSSVariablesResolver, DirectionProvider, MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.tsx';
import { initialLanguageReady } from './i18n/index.ts';

const OPTIONS_SCROLL = { viewportProps: { tabIndex: 0, role: 'group' } };
const theme = createTheme({
  primaryColor: 'indigo',
  // Darker shades where Mantine's defaults fall short of WCAG AA contrast on white.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  focusRing: 'always',
  components: {
    // A long list of options scrolls in its dropdown. The arrow keys move through it from the
    // field, but Mantine's field is no ARIA combobox, so axe (scrollable-region-focusable, WCAG
    // 2.1.1) asks the scrolling region to be reachable itself: it takes the focus, as a group
    // of the options (the one child a listbox may have besides options). Clicks in the list
    // keep the focus in the field, as Mantine's options stop the mouse from moving it.
    // (Plain objects, not Select.extend: naming MultiSelect here would put it in the shell.)
    Select: { defaultProps: { scrollAreaProps: OPTIONS_SCROLL } },
    MultiSelect: { defaultProps: { scrollAreaProps: OPTIONS_SCROLL } },
  },
});

// Mantine's "dimmed" grey is below WCAG AA contrast on white; a darker grey passes. So are its
// reds for errors (a field's message, an alert's title): the darkest red passes.
const resolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    '--mantine-color-placeholder': t.colors.gray[7]!,
    '--mantine-color-error': t.colors.red[9]!,
    '--mantine-color-red-light-color': t.colors.red[9]!,
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false } },
});

// The first render waits for the words of the page's language (a file of its own unless English).
void initialLanguageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DirectionProvider initialDirection={document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'} detectDirection>
        <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={resolver}>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </StrictMode>,
  ),
);
