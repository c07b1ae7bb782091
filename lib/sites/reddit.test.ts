import { describeSharedPages } from '@/tests/accuracy';
import { reddit } from './reddit';

describeSharedPages(reddit, 'reddit-new');
