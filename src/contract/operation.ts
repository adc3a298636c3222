// An operation of the API, declared once: method, path, the permission it needs, and the
// zod schemas of its parameters, query, body and response. The API mounts it (validating
// with the schemas and generating OpenAPI 3.1 from them), the web app's client is typed from
// it, and the authorisation matrix test reads its permission.
import type { z } from 'zod';
import type { Permission } from './roles.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call: anyone, anyone logged in, or a role with the permission. */
export type Access = 'public' | 'session' | Permission;

/** Statuses an operation may answer with besides success, 400, 401 and 403. */
export type ErrorStatus = 404 | 409 | 413 | 422 | 429;

/** A file the operation answers with instead of JSON (a report, an export). */
export type FileResponse = { readonly file: string };

export type Operation = {
  /** Stable id, feature first: "followUp.view", "plans.budget.patch". */
  readonly id: string;
  readonly method: HttpMethod;
  /** The OpenAPI path with {param}s, e.g. /api/v1/plans/{slug}/versions/{version}/budget */
  readonly path: string;
  readonly access: Access;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /** A JSON body. */
  readonly body?: z.ZodType;
  /** A raw body (an uploaded file) of one of these content types, instead of JSON. */
  readonly upload?: readonly string[];
  readonly response: z.ZodType | FileResponse;
  /** The success status (default 200). */
  readonly status?: 200 | 201;
  readonly errors?: readonly ErrorStatus[];
};

/** Declares an operation, keeping its literal types for the client and the adapters. */
export function operation<const O extends Operation>(o: O): O {
  return o;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type InferIn<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a handler receives: parsed and validated. */
export type Input<O extends Operation> = {
  params: Infer<O['params']>;
  query: Infer<O['query']>;
  body: Infer<O['body']>;
};

/** What a client sends: before defaults and coercion. */
export type ClientInput<O extends Operation> = {
  params: InferIn<O['params']>;
  query: InferIn<O['query']>;
  body: InferIn<O['body']>;
};

export type Output<O extends Operation> = O['response'] extends z.ZodType ? z.infer<O['response']> : Blob;

/** "GET /api/v1/plans": the key the web client calls an operation by. */
export type RouteKey<O extends Operation> = `${Uppercase<O['method']>} ${O['path']}`;

/** A set of operations keyed by route, for the typed client. */
export type ByRoute<Ops extends Readonly<Record<string, Operation>>> = {
  [K in keyof Ops as RouteKey<Ops[K]>]: Ops[K];
};
