import { describeSharedPages } from '@/tests/accuracy';
import { youtube } from './youtube';

describeSharedPages(youtube, 'youtube');
