// Unsaved changes (issue 9, "forms that forgive"): while `dirty`, closing the tab asks first,
// and so does a link inside the app that would leave the form (the way back, Cancel, the menu).
// FormPage uses it for every create/edit page; a page with forms in place (the console's) too.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useLeaveGuard(dirty: boolean) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      // A download or a new tab leaves nothing behind; any other link (the way back, Cancel, the menu) leaves the form.
      if (!link || link.hasAttribute('download') || link.getAttribute('target') === '_blank') return;
      if (!window.confirm(t('forms.leave'))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, t]);
}
