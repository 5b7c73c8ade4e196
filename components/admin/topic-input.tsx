'use client';

import { Combobox, Item } from '@keystar/ui/combobox';
import type { FormFieldInputProps } from '@keystatic/core';
import { useMemo } from 'react';

interface TopicInputProps extends FormFieldInputProps<string> {
  label: string;
  description: string;
  topics: readonly string[];
  errorMessage?: string;
}

/** A topic typed freely, with the topics already used offered as the editor types (same spelling, same page). */
export function TopicInput({ label, description, topics, value, onChange, autoFocus, errorMessage }: TopicInputProps) {
  const offered = useMemo(() => {
    const typed = value.trim();
    return topics.filter((topic) => !typed || topic.includes(typed)).map((topic) => ({ topic }));
  }, [topics, value]);
  return (
    <Combobox
      label={label}
      description={description}
      items={offered}
      allowsCustomValue
      menuTrigger="focus"
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      autoFocus={autoFocus}
      errorMessage={errorMessage}
    >
      {(item) => <Item key={item.topic}>{item.topic}</Item>}
    </Combobox>
  );
}
