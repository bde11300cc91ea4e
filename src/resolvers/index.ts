import type { Resolvers } from '../generated/graphql.js';
import { articleResolvers } from './Article.js';
import { entityResolvers } from './Entity.js';
import { factResolvers } from './Fact.js';
import { mutationResolvers } from './Mutation.js';
import { queryResolvers } from './Query.js';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...mutationResolvers,
  ...entityResolvers,
  ...factResolvers,
  ...articleResolvers,
};
