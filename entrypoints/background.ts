import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readItemsAgain } from '@/lib/background/backfill';
import { handleMessage } from '@/lib/background/router';
import { applyRetentionIfDue } from '@/lib/db/queries';
import { db } from '@/lib/db/instance';
import { seedStarter } from '@/lib/db/queries';
import { forgetPage } from '@/lib/pages';
import { starterTemplates } from '@/lib/templates/starter';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox has sidebar_action instead.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error) => console.warn('[ReplyDesk] side panel:', error));
  // Firefox: the toolbar button toggles the sidebar (a user gesture, as sidebarAction.open needs).
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> }; browserAction?: typeof browser.action };
  if (!sidePanel && firefox.sidebarAction) firefox.browserAction?.onClicked.addListener(() => void firefox.sidebarAction!.toggle());

  // First run (install, or a store that has never had templates): the starter library, once.
  seedStarter(db, starterTemplates).catch((error) => console.error('[ReplyDesk] could not seed templates:', error));

  browser.runtime.onMessage.addListener((input: unknown, sender) => handleMessage(db, input, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetPage(tabId));
  // Retention also runs on each write (at most hourly); this covers a browser that only starts.
  applyRetentionIfDue(db, Date.now()).catch((error) => console.warn('[ReplyDesk] retention:', error));
  // Items read by no or another analysis (an update with a retrained model, a restore) are read
  // again in small batches: a pending walk goes on at every start; the first start of a browser
  // session or of a new version (install, update) also counts what needs it.
  void readItemsAgain(db);
});
