/*
 * profile-N / tick-N as DTrace's profile provider makes them on demand
 * (dt_prov_profile.c get_period(), runtime/dt_pdesc.c): a decimal number,
 * then a unit of at most four characters read and matched without regard
 * to case (ns nsec us usec ms msec s sec m min h hour d day hz; none is
 * hz); a zero, an unknown unit or a period under 200 us is no probe
 * (D_PDESC_ZERO).  The provider field may be a pattern matching profile;
 * module and function must be empty.
 * RUN: %dtc -e --btf %btf %s 2>&1 | FileCheck %s --check-prefix=OK --allow-empty
 * OK-NOT: error:
 * RUN: printf 'tick-1days {}\ntick-1secs {}\ntick-0 {}\ntick-0s {}\ntick-199us {}\nprofile-5001 {}\nprofile-1x {}\ntick-s {}\ntick-1ns {}\ntick- {}\n' > %t.bad.d
 * RUN: not %dtc -e --btf %btf %t.bad.d 2>&1 | FileCheck %s --check-prefix=ZERO
 * ZERO: error: probe description :::tick-1days does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-1secs does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-0 does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-0s does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-199us does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::profile-5001 does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::profile-1x does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-s does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick-1ns does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description :::tick- does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'profile:vmlinux::tick-1s {}' 2>&1 | FileCheck %s --check-prefix=MOD
 * MOD: error: probe description profile:vmlinux::tick-1s does not match any probes [D_PDESC_ZERO]
 */
tick-1S, tick-1Sec, tick-1HZ, tick-1hours, tick-1msecs, tick-010, tick-200us, tick-200000ns {}
profile-5000, profile-1Min, profile-2D, profile-3h, profile-1DAY, tick-900usecs, tick-300000nsecX {}
prof*:::tick-1s, :::profile-97, profile:::tick-1m {}
