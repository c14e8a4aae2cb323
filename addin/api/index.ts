export { ApiError, type ApiErrorKind, type ApiIssue } from './api-error';
export { createServiceClient, type PlanApi, type ServiceClient, type ServiceClientOptions } from './service-client';
