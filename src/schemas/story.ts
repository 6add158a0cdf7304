import { z } from 'astro/zod';

/** A news story, told by one or more article versions (each names it in `story`). */
export const storySchema = z.strictObject({
	title: z.string().trim().min(1).describe('What the story is, in our own neutral words'),
	summary: z
		.string()
		.trim()
		.min(1)
		.describe('Two or three sentences of our own on what the versions report, without verdicts'),
});

export type Story = z.infer<typeof storySchema>;
