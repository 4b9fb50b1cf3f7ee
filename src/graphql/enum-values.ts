/**
 * GraphQL enums are SCREAMING_SNAKE_CASE while the seed stores kebab-case values (`ministry-unit`);
 * these two functions are the only place the two spellings meet.
 */

/** The GraphQL enum value of a stored value: `ministry-unit` gives `MINISTRY_UNIT`. */
export function toEnumValue<T extends string>(stored: string): T {
  return stored.toUpperCase().replace(/-/g, '_') as T;
}

/** The stored value of a GraphQL enum value: `MINISTRY_UNIT` gives `ministry-unit`. */
export function toStoredValue(enumValue: string): string;
export function toStoredValue(enumValue: string | null | undefined): string | null;
export function toStoredValue(enumValue: string | null | undefined): string | null {
  return enumValue === null || enumValue === undefined ? null : enumValue.toLowerCase().replace(/_/g, '-');
}
