/*
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+2]]:1: error: failed to set option 'nosuchoption': Invalid option name [D_PRAGMA_OPTSET]
 */
#pragma D option nosuchoption
BEGIN { exit(0); }
