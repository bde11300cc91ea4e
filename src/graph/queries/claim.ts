import { CLAIM } from './projections.js';

export const CLAIMS_BY_IDS = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN ${CLAIM('c')} AS claim`;
