import { isValidId } from '../domain/ids.ts';
import { errorReply, HTML_TYPE, TEXT_TYPE, type Reply } from './reply.ts';

// The messages API Gateway and the service really use, never echoing the token.
export const MISSING_TOKEN = errorReply(
  401,
  'APIGW.0301',
  'Incorrect IAM authentication information: x-auth-token not found',
);
export const WRONG_TOKEN = errorReply(
  401,
  'APIGW.0301',
  'Incorrect IAM authentication information: decrypt token fail',
);
export const EXPIRED_TOKEN = errorReply(
  401,
  'APIGW.0301',
  'Incorrect IAM authentication information: the token has expired',
);
export const NO_SUCH_API = errorReply(
  404,
  'APIGW.0101',
  'The API does not exist or has not been published in the environment',
);
export const METHOD_NOT_ALLOWED: Reply = {
  ...errorReply(405, 'APIGW.0105', 'The request method is not allowed for this API'),
  headers: { Allow: 'GET' },
};
export const INTERNAL_ERROR = errorReply(
  500,
  'CDC.5000',
  'Internal server error. Please try again later or contact technical support.',
);
export const BAD_GATEWAY_HTML =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

/** 429 from the gateway: a plain string, as the spec says, with `Retry-After` in seconds. */
export function throttled(retryAfterSeconds: number, body?: string): Reply {
  return {
    status: 429,
    body: body ?? 'The throttling threshold has been reached: policy user over ratelimit',
    contentType: TEXT_TYPE,
    headers: { 'Retry-After': String(retryAfterSeconds) },
  };
}

export function projectNotFound(projectId: string): Reply {
  const which = isValidId(projectId) ? ` ${projectId}` : '';
  return errorReply(
    404,
    'CDC.1001',
    `The project${which} does not exist or has no CloudDC service.`,
  );
}

export function instanceNotFound(instanceId: string): Reply {
  const which = isValidId(instanceId) ? ` ${instanceId}` : '';
  return errorReply(404, 'CDC.1002', `The instance${which} does not exist.`);
}

export const DEFAULT_CONTENT_TYPE: Record<number, string> = { 429: TEXT_TYPE, 502: HTML_TYPE };
