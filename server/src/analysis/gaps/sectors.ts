// One sector map for every analysis: defined with the network.
export { type Sector, sectorOf, sectors } from '../../network/sectors.js';
