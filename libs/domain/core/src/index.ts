export * from './country-code';
export * from './domain-error';
export * from './iso-date';
export * from './language-level';
export * from './locale';
export * from './money';
