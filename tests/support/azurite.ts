/** Tests start the same embedded Azurite the service uses locally: a real table server, never a stand-in. */
export { startAzurite, type EmbeddedAzurite } from '../../sync-service/node/azurite';
