import { NOT_POLICY_TITLES, type PolicyKind, TITLE_KINDS } from '../rules/policy-shapes.ts';
import type { PolicySentence } from './policy-candidate.ts';

const TITLE_ENDINGS = [...TITLE_KINDS].sort((a, b) => b.ending.length - a.ending.length);

/** Titles in 《》 (the name inside the brackets; its kind by its ending: 条例, 办法, 方案 …), except those that name no policy. */
export function proposeTitledDocuments(scan: PolicySentence): void {
  const { text, candidates } = scan;
  // Titles in 《》: the name is inside the brackets.
  for (const match of text.matchAll(/《([^《》]{2,60})》/gu)) {
    // Web pages may pad a title inside its marks (《 人民日报 》): the title is what stands between the spaces.
    const padded = match[1]!;
    const title = padded.trim();
    const from = match.index + 1 + (padded.length - padded.trimStart().length);
    if (title.length < 2) continue;
    // A title's kind is read by its ending before a bracketed period or edition (…规划（2021—2025年）, …蓝皮书（2025）).
    const head = title.replace(/（[^（）]*）$/u, '');
    if (NOT_POLICY_TITLES.some((ending) => head.endsWith(ending))) {
      scan.blocked.push([match.index, match.index + match[0].length]);
      continue;
    }
    const kind: PolicyKind =
      TITLE_ENDINGS.find((entry) => title.endsWith(entry.ending))?.kind ?? TITLE_ENDINGS.find((entry) => head.endsWith(entry.ending))?.kind ?? 'plan';
    candidates.push({
      from,
      to: from + title.length,
      priority: 2,
      mention: { name: title, kind, aliases: [], rule: 'policy/titled-document', confidence: 0.95 },
    });
  }
}
