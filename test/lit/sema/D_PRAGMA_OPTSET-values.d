/*
 * #pragma D option checks names and values as dtrace_setopt() does
 * (dt_options.c): flags take no value, run-time options yes/no words or an
 * integer >= 0, sizes one k/m/g/t suffix, times a unit or hz, words one of
 * their list; the preprocessor's options and lockmem are for the command
 * line only; versions must be defined ones.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'defaultargs' to '1': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'quiet' to 'maybe': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'bufsize' to '-1': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'bufsize' to '4kk': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'switchrate' to '10parsecs': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'bufpolicy' to 'ringo': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'evaltime': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'cpppath' to '/usr/bin/cpp': Option cannot be used from within a D program [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'define' to 'X=1': Option cannot be used from within a D program [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'cpphdrs' to '1': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'lockmem' to '1m': Option cannot be used from within a D program [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'version' to '1.7': Requested version is not supported by compiler [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'version' to '2.x': Version is not properly formatted or is too large [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'strsize' to '1': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'iregs' to '4': Insufficient registers to generate code [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'amin' to 'Stable/Solid': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+19]]:1: error: failed to set option 'tree' to '0': Invalid value for specified option [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+33]]:1: error: failed to set option 'version' to '2': Requested version conflicts with earlier setting [D_PRAGMA_OPTSET]
 */
#pragma D option defaultargs=1
#pragma D option quiet=maybe
#pragma D option bufsize=-1
#pragma D option bufsize=4kk
#pragma D option switchrate=10parsecs
#pragma D option bufpolicy=ringo
#pragma D option evaltime
#pragma D option cpppath=/usr/bin/cpp
#pragma D option define=X=1
#pragma D option cpphdrs=1
#pragma D option lockmem=1m
#pragma D option version=1.7
#pragma D option version=2.x
#pragma D option strsize=1
#pragma D option iregs=4
#pragma D option amin=Stable/Solid
#pragma D option tree=0
/* accepted: each kind's good values, and options with no effect on Linux */
#pragma D option quiet=yes
#pragma D option quiet=OFF
#pragma D option flowindent=enabled
#pragma D option aggsortpos=0x2
#pragma D option bufsize=4K
#pragma D option dynvarsize=1g
#pragma D option switchrate=10hz
#pragma D option statusrate=2SEC
#pragma D option aggrate=1min
#pragma D option bufpolicy=fill
#pragma D option bufresize=manual
#pragma D option linktype=DOF
#pragma D option version=1.6.3
#pragma D option version=2
#pragma D option amin=unstable/unstable/common
#pragma D option strsize=2
#pragma D option iregs=8
#pragma D option printsize=1g
#pragma D option pcapsize=0
#pragma D option quietresize
#pragma D option grabanon
#pragma D option cleanrate=101hz
#pragma D option droptags=whatever
BEGIN { exit(0); }
