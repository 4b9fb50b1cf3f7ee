/**
 * The review page's queue of report files: files opened or dropped together are extracted one after another
 * by the service, each shown with its state and, once drafted, the format and encoding it came from; the
 * reviewer opens the drafts one at a time. Drafts waiting in the queue live in this tab's memory only.
 */
import { createElement } from '../shared/create-element.ts';
import { AdminError, describeOrigin, type Extraction } from './admin-api.ts';
import { ReportFileError } from './read-report-file.ts';

/** One file of the queue. */
interface QueuedFile {
  file: File;
  state: 'waiting' | 'extracting' | 'ready' | 'opened' | 'failed';
  extraction?: Extraction;
  problem?: string;
}

/** What the queue needs from the page. */
export interface QueueOptions {
  /** Extracts one file; throws AdminError or ReportFileError with the sentence to show. */
  extract(file: File): Promise<Extraction>;
  /** Whether a draft can be opened now (none is under review). */
  canOpen(): boolean;
  /** Opens a drafted file for review. */
  open(extraction: Extraction): void;
  /** Says what happened, in the page's status line. */
  announce(text: string): void;
  /** Says why a file was refused, where the page shows problems. */
  refuse(text: string): void;
}

/** The queue, drawn into `list`. */
export interface ReportQueue {
  add(files: File[]): void;
  /** Draws the queue again (after a draft is loaded or discarded, its buttons change). */
  render(): void;
}

/** Creates the queue of report files, drawn into an ordered list. */
export function createReportQueue(list: HTMLOListElement, options: QueueOptions): ReportQueue {
  const items: QueuedFile[] = [];
  let running = false;

  const render = () => {
    list.hidden = items.length === 0;
    list.replaceChildren(
      ...items.map((item, i) => {
        const state = {
          waiting: 'waiting',
          extracting: 'extracting…',
          ready: `drafted from ${describeOrigin(item.extraction?.origin)}`,
          opened: `opened (${describeOrigin(item.extraction?.origin)})`,
          failed: item.problem ?? 'failed',
        }[item.state];
        const open = createElement('button', { type: 'button', className: 'queue-open' }, 'Review');
        open.disabled = item.state !== 'ready' || !options.canOpen();
        open.title = item.state === 'ready' && !options.canOpen() ? 'Load or discard the draft under review first' : '';
        open.addEventListener('click', () => openItem(i));
        return createElement(
          'li',
          { className: `queue-item queue-${item.state}` },
          createElement('span', { className: 'queue-name', lang: 'zh-Hans' }, item.file.name),
          createElement('span', { className: 'queue-state' }, state),
          ...(item.state === 'ready' ? [open] : []),
        );
      }),
    );
  };

  const openItem = (i: number) => {
    const item = items[i];
    if (!item?.extraction || !options.canOpen()) return;
    item.state = 'opened';
    options.open(item.extraction);
    render();
  };

  const run = async () => {
    if (running) return;
    running = true;
    try {
      for (let item = items.find((next) => next.state === 'waiting'); item; item = items.find((next) => next.state === 'waiting')) {
        item.state = 'extracting';
        render();
        try {
          item.extraction = await options.extract(item.file);
          item.state = 'ready';
          options.announce(`Drafted ${item.file.name} (${describeOrigin(item.extraction.origin)}).`);
          // The first draft opens by itself when the reviewer has none open.
          if (options.canOpen()) openItem(items.indexOf(item));
        } catch (error) {
          if (!(error instanceof AdminError || error instanceof ReportFileError)) throw error;
          item.state = 'failed';
          item.problem = error.message;
          options.refuse(error.message);
        }
        render();
      }
    } finally {
      running = false;
    }
  };

  return {
    add(files) {
      for (const file of files) items.push({ file, state: 'waiting' });
      render();
      void run();
    },
    render,
  };
}
