import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Flex } from 'antd';

type TabItem = { key: string; label: string; children: ReactNode };

/**
 * Tabs whose labels wrap onto a second line on a phone instead of hiding behind a "more" menu: the
 * ARIA tab pattern (arrow keys move between tabs) on Ant Design's buttons.
 */
export function WrappedTabs({ items, active, onChange, label, id }: { items: TabItem[]; active: string; onChange: (key: string) => void; label: string; id: string }) {
  const refs = useRef<Record<string, HTMLElement | null>>({});
  const current = items.find((i) => i.key === active) ?? items[0];
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? items[0] : event.key === 'End' ? items[items.length - 1] : step ? items[(index + step + items.length) % items.length] : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target.key);
    refs.current[target.key]?.focus();
  };
  if (!current) return null;
  return (
    <>
      <Flex role="tablist" aria-label={label} gap={8} wrap style={{ marginBottom: 16 }}>
        {items.map((item, index) => {
          const selected = item.key === current.key;
          return (
            <Button key={item.key} ref={(el) => { refs.current[item.key] = el; }} role="tab" id={`${id}-tab-${item.key}`} aria-selected={selected}
              aria-controls={selected ? `${id}-panel` : undefined} tabIndex={selected ? 0 : -1} type={selected ? 'primary' : 'default'}
              onClick={() => onChange(item.key)} onKeyDown={(event) => move(event, index)}>
              {item.label}
            </Button>
          );
        })}
      </Flex>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current.key}`}>
        {current.children}
      </div>
    </>
  );
}
