/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for start-up in the benchmark (tests/bench/peers.py): an empty libadwaita window,
 * nothing else. Copied unchanged (but for these lines) from the team's shared bench/floor.c, the
 * program the start-up targets of issue 16 are measured against. */
#include <adwaita.h>
static void activate (GtkApplication *app) {
  GtkWidget *w = adw_application_window_new (app);
  gtk_window_set_title (GTK_WINDOW (w), "floor");
  gtk_window_set_default_size (GTK_WINDOW (w), 1000, 700);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (w), gtk_label_new ("floor"));
  gtk_window_present (GTK_WINDOW (w));
}
int main (int argc, char **argv) {
  g_autoptr (AdwApplication) app = adw_application_new ("org.example.Floor", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
