import type { BasicFormField } from '@keystatic/core';
import { createElement } from 'react';
import { TopicInput } from '@/components/admin/topic-input';

interface TopicOptions {
  label: string;
  description: string;
  topics: readonly string[];
  isRequired: boolean;
  regex: RegExp;
}

const TOPIC_MESSAGE = '话题名是页面地址的一部分，不能含有 / \\ ? # %';

/** Why a topic cannot be saved, or undefined. */
const topicProblem = (value: string, options: TopicOptions): string | undefined => {
  if (!value.trim()) return options.isRequired ? '请填写话题' : undefined;
  return options.regex.test(value) ? undefined : TOPIC_MESSAGE;
};

/** A free topic name with the existing topics offered; stored as a plain string. */
export function topicField(options: TopicOptions): BasicFormField<string> {
  return {
    kind: 'form',
    label: options.label,
    Input: (props) =>
      createElement(TopicInput, {
        ...props,
        label: options.label,
        description: options.description,
        topics: options.topics,
        errorMessage: props.forceValidation ? topicProblem(props.value, options) : undefined,
      }),
    defaultValue: () => '',
    parse: (value) => (typeof value === 'string' ? value : ''),
    serialize: (value) => ({ value: value.trim() === '' ? undefined : value }),
    validate: (value) => {
      const problem = topicProblem(value, options);
      if (problem) throw new Error(problem);
      return value;
    },
    reader: { parse: (value) => (typeof value === 'string' ? value : '') },
  };
}
