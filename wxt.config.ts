import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/hosts';

// Chrome gets the MV3 side panel; Firefox (MV2 by default in WXT) gets sidebar_action.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'ReplyDesk',
    description:
      'Queue, answer and measure customer comments and DMs on social sites. Everything stays on this device.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: hostPermissions,
    action: { default_title: 'Open ReplyDesk' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'replydesk@replydesk.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 (desktop ESR) and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
