import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleDeps } from '../../platform/context.js';

export const integrationRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async () => {};
