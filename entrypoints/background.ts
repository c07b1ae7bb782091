import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '@/lib/background/router';
import { applyRetentionIfDue } from '@/lib/db/queries';
import { db } from '@/lib/db/instance';
import { forgetPage } from '@/lib/pages';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox has sidebar_action instead.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error) => console.warn('[ReplyDesk] side panel:', error));
  // Firefox: the toolbar button toggles the sidebar (a user gesture, as sidebarAction.open needs).
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> }; browserAction?: typeof browser.action };
  if (!sidePanel && firefox.sidebarAction) firefox.browserAction?.onClicked.addListener(() => void firefox.sidebarAction!.toggle());

  browser.runtime.onMessage.addListener((input: unknown, sender) => handleMessage(db, input, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetPage(tabId));
  // Retention also runs on each write (at most hourly); this covers a browser that only starts.
  applyRetentionIfDue(db, Date.now()).catch((error) => console.warn('[ReplyDesk] retention:', error));
});
