/** Shapes every /api route shares: the error body and the standard error responses. */
import { Type } from '@sinclair/typebox';

export const ApiError = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'stable, snake_case: invalid_request, not_found, rate_limited, …' }),
      message: Type.String({ description: 'in Dutch, for people' }),
      fields: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'per field, what is wrong' })),
    }),
  },
  { $id: 'ApiError', title: 'ApiError' },
);

/** Responses for a read route: 400 for a wrong parameter, 404 for an unknown id or slug. */
export const readErrors = { 400: ApiError, 404: ApiError } as const;
