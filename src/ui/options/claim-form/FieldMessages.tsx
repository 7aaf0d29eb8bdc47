import './FieldMessages.css';

/** The problems with one field, announced with the field (aria-describedby points here). */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="cl-field-messages">
      {messages.map((message, index) => (
        <li key={index}>{message.charAt(0).toUpperCase() + message.slice(1)}</li>
      ))}
    </ul>
  );
}
