export * from './application-status';
export * from './candidate-profile';
export * from './search-tokens';
export * from './checklist-review';
export * from './market-insights';
export * from './posting-reports';
