CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`game_code` text NOT NULL,
	`round` integer NOT NULL,
	`participant_id` text NOT NULL,
	`choice` text NOT NULL,
	`correct` integer NOT NULL,
	`reaction_ms` real NOT NULL,
	`claimed_reaction_ms` real NOT NULL,
	`flagged` integer NOT NULL,
	`received_at` real NOT NULL,
	`points` integer NOT NULL,
	FOREIGN KEY (`game_code`) REFERENCES `games`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_once_idx` ON `answers` (`game_code`,`round`,`participant_id`);--> statement-breakpoint
CREATE TABLE `games` (
	`code` text PRIMARY KEY NOT NULL,
	`settings` text NOT NULL,
	`host_token_hash` text NOT NULL,
	`phase` text NOT NULL,
	`created_at` real NOT NULL,
	`finished_at` real,
	`state` text NOT NULL,
	`updated_at` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `games_created_at_idx` ON `games` (`created_at`);--> statement-breakpoint
CREATE TABLE `participants` (
	`game_code` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`score` integer DEFAULT 0 NOT NULL,
	`streak` integer DEFAULT 0 NOT NULL,
	`kicked` integer DEFAULT false NOT NULL,
	`joined_at` real NOT NULL,
	PRIMARY KEY(`game_code`, `id`),
	FOREIGN KEY (`game_code`) REFERENCES `games`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_token_idx` ON `participants` (`token_hash`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`game_code` text NOT NULL,
	`index` integer NOT NULL,
	`identity_id` text NOT NULL,
	`emotion` text NOT NULL,
	`exposure_ms` integer NOT NULL,
	`mask_id` text NOT NULL,
	`apex_id` text NOT NULL,
	`stimulus` text NOT NULL,
	`prepared_at` real,
	`show_at` real,
	`deadline` real,
	`skipped` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`game_code`, `index`),
	FOREIGN KEY (`game_code`) REFERENCES `games`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_mask_idx` ON `rounds` (`mask_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_apex_idx` ON `rounds` (`apex_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `timing_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`game_code` text NOT NULL,
	`round` integer NOT NULL,
	`participant_id` text NOT NULL,
	`show_at` real NOT NULL,
	`offset_ms` real NOT NULL,
	`rtt_ms` real NOT NULL,
	`shown_at` real,
	`frames_requested` integer NOT NULL,
	`frames_shown` integer NOT NULL,
	`refresh_hz` real NOT NULL,
	`missed` integer NOT NULL,
	`missed_reason` text,
	`received_at` real NOT NULL,
	FOREIGN KEY (`game_code`) REFERENCES `games`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timing_once_idx` ON `timing_reports` (`game_code`,`round`,`participant_id`);