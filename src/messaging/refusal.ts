// Refusing a message: log why (the background's console is where a developer looks), then throw
// so the sender's promise rejects. The messaging library turns the throw into a reply, so a
// refused message never reaches a handler and never stops the background.
export class MessageRefusedError extends Error {
  constructor(type: string, reason: string) {
    super(`ClaimLens refused "${type}": ${reason}`);
    this.name = 'MessageRefusedError';
  }
}

export function refuse(type: string, reason: string, from: string): never {
  console.warn(`[ClaimLens] refused message "${type}" from ${from}: ${reason}`);
  throw new MessageRefusedError(type, reason);
}

export function describeSender(sender: { tab?: { id?: number }; url?: string }): string {
  const tab = sender.tab?.id !== undefined ? `tab ${sender.tab.id}` : 'no tab';
  const page = sender.url ? truncate(sender.url, 120) : 'unknown page';
  return `${tab} (${page})`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
