import { afterEach, describe, expect, it } from 'vitest';
import { WRONG_TOKEN } from '../simulator/upstream-replies.ts';
import {
  SIM_TOKEN,
  startStack,
  stopStacks,
  type Answer,
  type Stack,
} from './integration.test-helpers.ts';

const WRONG = 'wrong-Token-83be19c4d2';

afterEach(stopStacks);

const passThrough = () => startStack({ proxy: { serverToken: null } });
const statusAndBody = (answer: Answer) => ({ status: answer.status, body: answer.json() });
const first = (stack: Stack) => stack.instanceIds[0] ?? '';

/** Everything a browser could read from an answer: status line aside, headers and body. */
const visible = (answer: Answer) => `${JSON.stringify(answer.headers)}\n${answer.body}`;

describe('with the server-held (simulator) token', () => {
  it('answers 200 with the simulator status even when the browser sends a wrong token', async () => {
    const stack = await startStack();
    const res = await stack.get(stack.statusPath(first(stack)), { 'X-Auth-Token': WRONG });
    expect(statusAndBody(res)).toEqual(statusAndBody(await stack.direct(first(stack))));
  });

  it('answers 200 without any browser token', async () => {
    const stack = await startStack();
    const res = await stack.get(stack.statusPath(first(stack)));
    expect(res.status).toBe(200);
  });
});

describe('in pass-through mode', () => {
  it('says so in /api/config', async () => {
    const stack = await passThrough();
    expect((await stack.get('/api/config')).json()).toMatchObject({ tokenMode: 'pass-through' });
  });

  it.each([
    ['no X-Auth-Token', {}],
    ['an empty X-Auth-Token', { 'X-Auth-Token': '' }],
    ['a blank X-Auth-Token', { 'X-Auth-Token': '   ' }],
  ])('answers %s with 401 DCW.TOKEN_REQUIRED, nothing upstream', async (_name, headers) => {
    const stack = await passThrough();
    const res = await stack.raw({ target: stack.statusPath(first(stack)), headers });
    expect({ ...statusAndBody(res), upstream: (await stack.stats()).requests }).toEqual({
      status: 401,
      body: { error_code: 'DCW.TOKEN_REQUIRED', error_msg: expect.any(String) },
      upstream: 0,
    });
  });

  it('refuses a token with bytes no header may carry, nothing upstream', async () => {
    const stack = await passThrough();
    const res = await stack.raw({
      target: stack.statusPath(first(stack)),
      headers: { 'X-Auth-Token': 'tøken' },
    });
    expect({ ...statusAndBody(res), upstream: (await stack.stats()).requests }).toEqual({
      status: 400,
      body: { error_code: 'DCW.BAD_REQUEST', error_msg: expect.any(String) },
      upstream: 0,
    });
  });

  it("passes the simulator's 401 on for a wrong token", async () => {
    const stack = await passThrough();
    const res = await stack.get(stack.statusPath(first(stack)), { 'X-Auth-Token': WRONG });
    expect(statusAndBody(res)).toEqual({ status: 401, body: JSON.parse(WRONG_TOKEN.body) });
  });

  it('answers 200 with the simulator status for the right token', async () => {
    const stack = await passThrough();
    const res = await stack.get(stack.statusPath(first(stack)), { 'X-Auth-Token': SIM_TOKEN });
    expect(statusAndBody(res)).toEqual(statusAndBody(await stack.direct(first(stack))));
  });

  it('answers a batch with a wrong token item by item with the simulator 401', async () => {
    const stack = await passThrough();
    const ids = stack.instanceIds.slice(0, 3);
    const res = await stack.postBatch({ ids }, { 'X-Auth-Token': WRONG });
    expect(res.json()).toEqual({
      items: ids.map((id) => ({ id, status: 401, body: JSON.parse(WRONG_TOKEN.body) })),
    });
  });
});

/** A spread of answers in both modes: 200s, the simulator's 401s, proxy errors and a batch. */
async function exerciseBothModes(): Promise<{ answers: Answer[]; stacks: Stack[] }> {
  const server = await startStack();
  const pass = await passThrough();
  await server.injectFault({ status: 401, count: 1 });
  const id = first(server);
  const answers = [
    await server.get(server.statusPath(id), { 'X-Auth-Token': WRONG }),
    await server.get(server.statusPath(id)),
    await server.get(server.statusPath('i-unknown')),
    await server.postBatch({ ids: [id, 'i-unknown'] }),
    await pass.get(pass.statusPath(id), { 'X-Auth-Token': SIM_TOKEN }),
    await pass.get(pass.statusPath(id), { 'X-Auth-Token': WRONG }),
    await pass.get(pass.statusPath(id)),
    await pass.postBatch({ ids: [id] }, { 'X-Auth-Token': WRONG }),
    // A token pasted into the URL by mistake: each mode knows (and must hide) its own token.
    await server.raw({ target: `/${SIM_TOKEN}?t=${SIM_TOKEN}` }),
    await pass.raw({ target: `/${WRONG}?t=${WRONG}`, headers: { 'X-Auth-Token': WRONG } }),
  ];
  return { answers, stacks: [server, pass] };
}

describe('the token stays secret', () => {
  it("is not in the simulator's own 401 body", async () => {
    const stack = await startStack();
    const res = await fetch(
      `${stack.simUrl}/v1/${stack.projectId}/instances/${first(stack)}/status`,
      {
        headers: { 'X-Auth-Token': WRONG },
      },
    );
    expect(await res.text()).not.toContain(WRONG);
  });

  it('appears in no proxy answer, header or body, in either mode', async () => {
    const { answers } = await exerciseBothModes();
    const leaks = answers
      .map(visible)
      .filter((text) => text.includes(SIM_TOKEN) || text.includes(WRONG));
    expect(leaks).toEqual([]);
  });

  it('appears in none of the proxy log lines, in either mode', async () => {
    const { answers, stacks } = await exerciseBothModes();
    const lines = () => stacks.flatMap((stack) => stack.logs);
    await expect.poll(() => lines().length).toBeGreaterThanOrEqual(answers.length);
    const leaks = lines().filter((line) => line.includes(SIM_TOKEN) || line.includes(WRONG));
    expect(leaks).toEqual([]);
  });
});
