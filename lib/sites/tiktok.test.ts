import { describeSharedPages } from '@/tests/accuracy';
import { tiktok } from './tiktok';

describeSharedPages(tiktok, 'tiktok');
