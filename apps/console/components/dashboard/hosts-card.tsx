import type { SystemInfo } from "@shipyard/contract";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatBytes } from "@/lib/format";

export function HostsCard({ system }: { system: SystemInfo }) {
  return (
    <Card aria-labelledby="hosts-title">
      <CardHeader>
        <CardTitle id="hosts-title">Hosts</CardTitle>
        <CardDescription>Machines reporting to this server.</CardDescription>
      </CardHeader>
      <CardContent className="px-1 pt-2 pb-2">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Platform</TableHead>
              <TableHead className="text-right">CPUs</TableHead>
              <TableHead className="text-right">Memory free</TableHead>
              <TableHead className="text-right">Load (1/5/15 min)</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {system.hosts.map((h) => (
              <TableRow key={h.name}>
                <TableCell className="font-medium">{h.name}</TableCell>
                <TableCell>{h.role}</TableCell>
                <TableCell className="text-muted-foreground">{h.platform}</TableCell>
                <TableCell className="text-right tabular-nums">{h.cpus}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatBytes(h.freeMemoryBytes)} / {formatBytes(h.memoryBytes)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{h.loadAverage.map((l) => l.toFixed(2)).join(" / ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
