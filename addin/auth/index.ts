export * from './types';
export * from './dev-token-provider';
export * from './naa-token-provider';
export * from './sign-in';
