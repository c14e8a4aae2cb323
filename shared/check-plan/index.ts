export { checkPlan } from './check-plan';
