import type { RagKey } from '../types';

/**
 * The vocabulary used when a plan has no key of its own. Completed = green, because most trusts use three
 * colours; a plan whose legend says 'Blue = complete' (NHS 'BRAG') gets its own key and so blue. 'Open' and 'Closed'
 * are statuses with no colour: an open/closed plan says whether an action is finished (Closed is), not how it is going;
 * so are 'Not Yet Due', 'Deferred' and 'Superseded' (and their usual wordings), which say the action is not being worked on now.
 *
 * @example
 * DEFAULT_RAG_KEY.entries.find((e) => e.label === 'In Progress')?.rag // 'amber'
 */
export const DEFAULT_RAG_KEY: RagKey = {
  source: 'default',
  entries: [
    { rag: 'red', label: 'Not Started', aliases: ['not yet started', 'not yet begun', 'yet to begin', 'yet to start', 'not begun', 'not commenced', 'not yet commenced'] },
    { rag: 'amber', label: 'In Progress', aliases: ['ongoing', 'on going', 'started', 'begun', 'commenced', 'underway', 'under way', 'in hand', 'progressing', 'begun but not complete', 'partially complete', 'partially achieved', 'partly complete', 'partly achieved', 'part complete'] },
    { rag: 'green', label: 'Completed', aliases: ['complete', 'achieved', 'done', 'finished', 'delivered', 'met'] },
    { rag: 'green', label: 'On Track', aliases: ['on target', 'on schedule'] },
    { rag: 'amber', label: 'Slippage Likely', aliases: ['slippage', 'slipped', 'at risk', 'some slippage', 'delayed', 'behind schedule', 'behind', 'some risk'] },
    { rag: 'red', label: 'Critical', aliases: ['off track', 'not on track', 'significant slippage', 'stalled', 'overdue', 'not achieved', 'significant delay'] },
    { rag: 'blue', label: 'New', aliases: ['new action', 'new for this year'] },
    // 'Open' and 'Closed' say only whether the action is finished (Closed is complete), not how it is going: no colour
    // is made up for them, so the cell's own fill, or the qualifier after the state ('Open – at risk'), gives the RAG.
    { rag: null, label: 'Open', aliases: ['still open', 'remains open'] },
    { rag: null, label: 'Closed' },
    // Statuses trusts write for an action that is not being worked on now, and that the golds of 40 plans leave
    // uncoloured wherever the cell is unfilled: not due yet, put off, or overtaken. Recognised, so never reported as
    // unknown, and given no colour, so the cell's own fill says how it is going. Not complete: a deferred action is
    // still owed.
    { rag: null, label: 'Not Yet Due', aliases: ['not due', 'not due yet'] },
    { rag: null, label: 'Deferred', aliases: ['paused', 'on hold', 'postponed'] },
    { rag: null, label: 'Superseded', aliases: ['withdrawn'] },
    // A board's (kanban's) columns as a task tracker names them: 'To do' (queued), 'Doing' (in hand), 'Stuck' (blocked),
    // then 'Done' (Completed, above). They say where a card sits on the board, not how it is going: recognised as
    // statuses, so a column of them is the status column whatever its header ('Where is it?'), and given no colour, so
    // the plan's own colour — the cell's fill, its conditional format, its key — is the RAG. The golds of six board
    // plans agree: 'Doing' is green in porthaven and brooksby, 'Working on it' amber in wealdbrook, 'Stuck' red in
    // wealdbrook and fellbridge, and all of them uncoloured where the plan colours nothing (harbourside, fenmarch).
    { rag: null, label: 'To Do', aliases: ['to-do', 'backlog'] },
    { rag: null, label: 'Doing', aliases: ['working on it'] },
    { rag: null, label: 'Stuck', aliases: ['blocked'] },
  ],
};
