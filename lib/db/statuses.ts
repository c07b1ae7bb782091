// Kept apart from schema.ts so that the content script can validate messages without Dexie.

export const ITEM_STATUSES = ['new', 'needs-follow-up', 'handled', 'ignored', 'escalated'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What the agent can do to an item besides handling it, and the status and event each leads to. */
export const MARK_ACTIONS = ['flag', 'ignore', 'escalate', 'reopen'] as const;
export type MarkAction = (typeof MARK_ACTIONS)[number];

export const EVENT_TYPES = ['seen', 'suggested', 'inserted', 'handled', 'flagged', 'reopened', 'ignored', 'escalated'] as const;
export type EventType = (typeof EVENT_TYPES)[number];


/** The status each mark leads to and the event it logs. */
export const MARKS: Record<MarkAction, { status: ItemStatus; event: EventType }> = {
  flag: { status: 'needs-follow-up', event: 'flagged' },
  ignore: { status: 'ignored', event: 'ignored' },
  escalate: { status: 'escalated', event: 'escalated' },
  // Back into the queue; the first response time and the history stay.
  reopen: { status: 'new', event: 'reopened' },
};
