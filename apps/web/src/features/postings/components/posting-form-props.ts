import type { UseFormReturn } from 'react-hook-form';
import type { PostingFormValues } from './posting-schema';

/** What each part of the posting editor receives: the one form they all write to. */
export interface PostingFormProps {
  form: UseFormReturn<PostingFormValues>;
}
