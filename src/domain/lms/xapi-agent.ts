/**
 * The learner as an xAPI Agent: read from a launch link, labelled for people, keyed for queues. Small on purpose:
 * choosing the tracker at start-up needs it, and the statement builder (xapi-statements.ts) loads only with xAPI.
 */
import { isRecord } from '../lib/guards';

interface XapiAccount {
  homePage: string;
  name: string;
}

/** An xAPI Agent: one inverse functional identifier (mbox, mbox_sha1sum, openid or account) and a name. */
export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: XapiAccount;
}

/** Launch links written for older LMSs wrap each value in an array (`"mbox": ["mailto:..."]`). */
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = (v: unknown): string | undefined => {
  const value = first(v);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

export type ActorResult = { ok: true; actor: XapiAgent } | { ok: false; reason: string };

/**
 * Reads the `actor` a launch link carries (a JSON string or an object) into an xAPI Agent. Accepts the
 * TinCan launch shape with arrays and `account` as `{accountServiceHomePage, accountName}`.
 */
export function parseLaunchActor(raw: unknown): ActorResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'the learner (actor) in the launch link is not readable JSON' };
    }
  }
  if (!isRecord(value)) return { ok: false, reason: 'the learner (actor) in the launch link is missing' };
  const agent: XapiAgent = { objectType: 'Agent' };
  const name = text(value.name);
  if (name) agent.name = name;
  const mbox = text(value.mbox);
  const sha1 = text(value.mbox_sha1sum);
  const openid = text(value.openid);
  const account = first(value.account);
  if (mbox) {
    if (!/^mailto:[^@\s]+@[^@\s]+$/.test(mbox))
      return { ok: false, reason: 'the learner’s email (mbox) must look like mailto:name@example.org' };
    agent.mbox = mbox;
  } else if (sha1) {
    if (!/^[0-9a-f]{40}$/i.test(sha1))
      return { ok: false, reason: 'the learner’s mbox_sha1sum must be 40 hexadecimal digits' };
    agent.mbox_sha1sum = sha1.toLowerCase();
  } else if (openid) {
    agent.openid = openid;
  } else if (isRecord(account)) {
    const homePage = text(account.homePage) ?? text(account.accountServiceHomePage);
    const accountName = text(account.name) ?? text(account.accountName);
    if (!homePage || !accountName)
      return { ok: false, reason: 'the learner’s account needs both a homePage and a name' };
    agent.account = { homePage, name: accountName };
  } else {
    return {
      ok: false,
      reason: 'the learner (actor) needs an mbox, mbox_sha1sum, openid or account to identify them',
    };
  }
  return { ok: true, actor: agent };
}

/** A readable label for an agent: its name, else its email, account name or other identifier. */
export function agentLabel(agent: unknown): string {
  if (!isRecord(agent)) return 'Unknown learner';
  const name = text(agent.name);
  if (name) return name;
  const mbox = text(agent.mbox);
  if (mbox) return mbox.replace(/^mailto:/, '');
  const account = isRecord(agent.account) ? agent.account : undefined;
  const accountName = account ? text(account.name) : undefined;
  if (accountName) return accountName;
  return text(agent.openid) ?? text(agent.mbox_sha1sum) ?? 'Unknown learner';
}

/** A stable key for an agent: the identifier an LRS matches on. */
export function agentKey(agent: unknown): string {
  if (!isRecord(agent)) return 'unknown';
  const mbox = text(agent.mbox);
  if (mbox) return mbox.toLowerCase();
  const sha1 = text(agent.mbox_sha1sum);
  if (sha1) return `sha1:${sha1.toLowerCase()}`;
  const openid = text(agent.openid);
  if (openid) return openid;
  const account = isRecord(agent.account) ? agent.account : undefined;
  if (account) return `${text(account.homePage) ?? ''}::${text(account.name) ?? ''}`;
  return 'unknown';
}
