import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { PaneMessage } from './useWorkbook';

/**
 * The pane's one message (an undo's confirmation, a failure), at the top of the view. The button
 * that caused it may be far down a long pane, so a new message is scrolled into sight: the user
 * should not have to hunt for what their click did.
 */
export function PaneMessageBar({ message }: { readonly message: PaneMessage | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref}>
      <MessageBar
        intent={message.intent}
        data-intent={message.intent}
        politeness={message.intent === 'error' ? 'assertive' : 'polite'}
        data-testid="message"
      >
        <MessageBarBody>{message.text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
