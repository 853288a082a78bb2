#!/usr/bin/perl
# The reference figure for the warm-throughput goal: Sisimai's own speed over the same files on the same
# machine, measured the way bench.mjs measures ours (files read into memory first, one untimed pass,
# then ROUNDS timed passes in one process). Needs the Sisimai module (Debian: libsisimai-perl).
# Prints one JSON line.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my ($dir, $rounds) = @ARGV;
$rounds ||= 3;
opendir(my $dh, $dir) or die "cannot read $dir: $!";
my @names = sort grep { -f "$dir/$_" } readdir($dh);
closedir($dh);
my @mails;
for my $name (@names) {
    open(my $fh, '<:raw', "$dir/$name") or die "cannot read $name: $!";
    local $/;
    push @mails, scalar <$fh>;
    close($fh);
}
Sisimai->make(\$_, 'input' => 'email') for @mails;
my $n = 0;
my $t0 = time;
for (1 .. $rounds) {
    for my $mail (@mails) {
        Sisimai->make(\$mail, 'input' => 'email');
        $n++;
    }
}
my $secs = time - $t0;
printf "{\"version\":\"%s\",\"messages\":%d,\"ms\":%.0f,\"perSec\":%.1f}\n", Sisimai->version, $n, $secs * 1000, $n / $secs;
