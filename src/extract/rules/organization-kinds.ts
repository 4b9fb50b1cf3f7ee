// The shapes of the organization tables, apart from the tables, so that the generated system of bodies
// (body-system.ts) and the hand-kept tables (organization-patterns.ts) can both use them without importing each other.

/** The kinds the seed format gives organizations. */
export type OrganizationKind =
  | 'government'
  | 'ministry'
  | 'ministry-unit'
  | 'party-body'
  | 'oversight-body'
  | 'provincial-department'
  | 'municipal-bureau'
  | 'public-institution'
  | 'media'
  | 'enterprise'
  | 'other';

/**
 * Suffixes that turn a place into a local body: 湖北省 + 生态环境厅. `en` is a template where {place} is
 * the place's English name without its level word; `level` says which places take the suffix.
 */
export interface LocalBodySuffix {
  suffix: string;
  kind: OrganizationKind;
  en: string;
  /** Slug appended to the place's slug for the id: organization:hubei-department-of-ecology-and-environment. */
  slug: string;
  /** The levels of place this body exists at; `any` for all, `above-county` for a province or a prefecture. */
  level: 'province' | 'city' | 'county' | 'above-county' | 'any';
  /** Head title, used when a bare title follows the body (厅长 after 生态环境厅 is the department's head). */
  confident?: boolean;
  /** The suffix follows a full name that ends in its level word: 湖北省 + 委, 杭州市 + 委宣传部. */
  afterLevelWord?: boolean;
  /** The slug of the body of the same place it is part of (the party committee for 省委宣传部). */
  partOf?: string;
  /** A name before an institutional reform: the body is its successor (by slug), so named until that year. */
  formerName?: { successor: string; until: number };
  /** Characters that may not follow the suffix, where it would be the start of another word (网 of 网络, 网上). */
  notBefore?: string;
}

/** A body named the same way in every report. */
export interface NamedBody {
  id: string;
  name: string;
  nameEn: string;
  kind: OrganizationKind;
  /** Other ways reports write it (国家发改委 for 国家发展和改革委员会). */
  aliases?: readonly string[];
  /** The id of the body it belongs to (a ministry's centre belongs to the ministry). */
  parent?: string;
  /** True for a body that no longer exists under this name. */
  former?: boolean;
}
