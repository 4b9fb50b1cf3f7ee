import { type ExtractionContext, groupBySentence } from './extraction-context.ts';
import type { OrganizationMention, RegionMention } from './mention-types.ts';
import { findConvenedBodies } from './organizations/find-convened-bodies.ts';
import { findListedBodies } from './organizations/find-listed-bodies.ts';
import { findListedOutlets } from './organizations/find-listed-outlets.ts';
import { findMediaOutlets } from './organizations/find-media-outlets.ts';
import { findNamedBodies } from './organizations/find-named-bodies.ts';
import { findSecondPlates } from './organizations/find-second-plates.ts';
import { findSessionPressCentres } from './organizations/find-session-press-centres.ts';
import { findShortForms } from './organizations/find-short-forms.ts';
import { homePlaces, type OrganizationState, scanSentence } from './organizations/organization-scan.ts';
import { readBareBody } from './organizations/read-bare-body.ts';
import { readElidedBody } from './organizations/read-elided-body.ts';
import { readGrassrootsBody } from './organizations/read-grassroots-body.ts';
import { readLocalBody } from './organizations/read-local-body.ts';
import { readDemocraticPartyBody, readYouthLeagueBody } from './organizations/read-party-body.ts';
import { readPrefectureBody } from './organizations/read-prefecture-body.ts';
import { readStationedGroup, readTableBody } from './organizations/read-table-body.ts';
import { FORMER } from './people/people-scan.ts';

/**
 * Finds organizations at every character, with the rules of `organizations/`, the first that reads one winning:
 * the stationed discipline group; a democratic party's committee (致公党昆明市委, read-party-body); national bodies, media and former bodies from the table (生态环境部, 原环境保护部)
 * and the graph's own organizations by name, with a unit of the ministry and an attached body after them
 * (read-table-body); a place and a body suffix (湖北省生态环境厅, read-local-body); a prefecture's body after its name without 地区 (某某地委, read-prefecture-body); a township's, street's or development zone's body (南阳镇党委, 镇党委书记,
 * read-grassroots-body); a body with its place left
 * out (省生态环境厅: the report's own province, read-elided-body); a body of the system written bare before a title
 * (政府副县长, read-bare-body); then enterprises and institutions by their registered names (find-named-bodies), bodies convened by their name (召开某某工作领导小组第二次会议, find-convened-bodies), the bodies listed with others in the sentence (find-listed-bodies) and the
 * outlets at a source label, a dateline or before 记者 (find-media-outlets); last, the short forms the report defines
 * in brackets (以下简称…, find-short-forms). `regions` are the places found before; a
 * region inside a national body's name (中国 in 中国环境报) is returned in `absorbed` so the caller drops it.
 */
export function findOrganizationMentions(
  context: ExtractionContext,
  regions: readonly RegionMention[],
): { organizations: OrganizationMention[]; absorbed: Set<RegionMention> } {
  const state: OrganizationState = {
    context,
    organizations: [],
    absorbed: new Set(),
    ...homePlaces(context, regions),
  };
  const regionsBySentence = groupBySentence(regions);
  for (const sentence of context.sentences) {
    const scan = scanSentence(context, sentence, regionsBySentence.get(sentence.index) ?? []);
    const sentenceStart = state.organizations.length;
    for (let i = 0; i < scan.text.length; ) {
      const former = FORMER.endsAt(scan.text, i);
      const next =
        readStationedGroup(state, scan, i) ??
        readDemocraticPartyBody(state, scan, i) ??
        readYouthLeagueBody(state, scan, i) ??
        readTableBody(state, scan, i, former) ??
        readLocalBody(state, scan, i, former) ??
        readPrefectureBody(state, scan, i, former) ??
        readGrassrootsBody(state, scan, i, former) ??
        readElidedBody(state, scan, i, former) ??
        readBareBody(state, scan, i, former);
      i = next ?? i + 1;
    }
    findNamedBodies(state, scan, context.tokens[sentence.index]!);
    findConvenedBodies(state, scan);
    findListedBodies(state, scan, state.organizations.slice(sentenceStart));
    findMediaOutlets(state, scan);
    findSessionPressCentres(state, scan);
    findListedOutlets(state, scan);
  }
  findShortForms(context, state.organizations);
  nameOwnDepartment(state.organizations);
  findSecondPlates(context, state.organizations);
  return { organizations: state.organizations, absorbed: state.absorbed };
}

/**
 * 省厅, the line's provincial department, is the department the report names in full when it names one (a department's
 * own release: 安徽省生态环境厅召开…, then 下一步，省厅坚持…), as 以下简称 makes a short form the body named before.
 */
function nameOwnDepartment(organizations: OrganizationMention[]): void {
  const department = organizations.find((org) => org.kind === 'provincial-department' && !org.slug?.endsWith(LINE_DEPARTMENT));
  if (!department) return;
  for (const org of organizations)
    if (org.slug?.endsWith(LINE_DEPARTMENT))
      Object.assign(org, { name: department.name, nameEn: department.nameEn, slug: department.slug, region: department.region });
}

const LINE_DEPARTMENT = 'line-department';
