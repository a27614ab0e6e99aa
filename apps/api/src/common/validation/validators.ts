import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate } from '@hashidari/domain-core';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function IsIsoDateString(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDateString',
      target: object.constructor,
      propertyName,
      options: { message: 'must be a date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** A status of residence written KR:<code> or JP:<name>, e.g. KR:D-2, JP:ryugaku. */
export function IsStatusCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isStatusCode',
      target: object.constructor,
      propertyName,
      options: { message: 'must be a status like KR:D-2 or JP:ryugaku', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && /^(KR|JP):[A-Za-z0-9-]+(:[A-Za-z0-9-]+)?$/.test(value) },
    });
}

/** A text in at least one of ja / ko / en, with no other keys. */
export function IsLocalizedText(options: ValidationOptions & { maxLength?: number; required?: boolean } = {}) {
  const maxLength = options.maxLength ?? 200;
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: object.constructor,
      propertyName,
      options: { message: `must be an object with ja, ko or en texts of at most ${maxLength} characters`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          if (options.required !== false && entries.length === 0) return false;
          return entries.every(
            ([key, text]) => ['ja', 'ko', 'en'].includes(key) && typeof text === 'string' && text.trim() !== '' && text.length <= maxLength,
          );
        },
      },
    });
}

/** Trims a string field before it is validated, so that "  " counts as empty and stored text has no stray spaces. */
export function Trimmed() {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
